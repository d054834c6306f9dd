using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Core.Security;

/// <summary>
/// Our own small HS256 JSON Web Token code (RFC 7519/7515): the JWT packages restorable here are old
/// and carry advisories. Only HS256 is accepted (never <c>none</c> or an algorithm the token picks);
/// the signature is compared in constant time; <c>exp</c>/<c>nbf</c> honour a clock skew; <c>sub</c> and
/// <c>org</c> are required, <c>roles</c> is a list or a space-separated string.
/// </summary>
public static class Jwt
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");

    /// <summary>A signed token with <paramref name="claims"/> (strings, numbers, booleans and string lists).</summary>
    public static string Sign(IReadOnlyDictionary<string, object?> claims, byte[] secret)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(claims);
        var signingInput = Base64Url(Header) + "." + Base64Url(payload);
        return signingInput + "." + Base64Url(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput)));
    }

    /// <summary>A development token for <paramref name="orgId"/>, valid for <paramref name="lifetime"/>.</summary>
    public static string Issue(string subject, string orgId, IReadOnlyList<string> roles, byte[] secret, DateTimeOffset now, TimeSpan lifetime) =>
        Sign(new Dictionary<string, object?>
        {
            ["sub"] = subject, ["org"] = orgId, ["roles"] = roles, ["iat"] = now.ToUnixTimeSeconds(), ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
        }, secret);

    /// <summary>Checks <paramref name="token"/> at <paramref name="now"/>.</summary>
    public static JwtResult Validate(string token, JwtOptions options, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return Refuse("The token is not a JWT (three dot-separated parts).");
        }

        if (!TryDecode(parts[0], out var header) || !TryDecode(parts[1], out var payload) || !TryDecode(parts[2], out var signature))
        {
            return Refuse("The token is not valid base64url.");
        }

        try
        {
            using (var headerJson = JsonDocument.Parse(header))
            {
                if (!headerJson.RootElement.TryGetProperty("alg", out var alg) || alg.GetString() != "HS256")
                {
                    return Refuse("The token must be signed with HS256.");
                }
            }

            var expected = HMACSHA256.HashData(options.Secret, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!CryptographicOperations.FixedTimeEquals(expected, signature))
            {
                return Refuse("The token's signature does not match.");
            }

            using var json = JsonDocument.Parse(payload);
            var claims = json.RootElement;
            if (claims.ValueKind != JsonValueKind.Object)
            {
                return Refuse("The token's payload is not a JSON object.");
            }

            if (Seconds(claims, "exp") is { } exp && now > DateTimeOffset.FromUnixTimeSeconds(exp) + options.ClockSkew)
            {
                return Refuse("The token has expired.");
            }

            if (Seconds(claims, "nbf") is { } nbf && now + options.ClockSkew < DateTimeOffset.FromUnixTimeSeconds(nbf))
            {
                return Refuse("The token is not valid yet.");
            }

            if (options.Issuer is { } issuer && Text(claims, "iss") != issuer)
            {
                return Refuse($"The token was not issued by '{issuer}'.");
            }

            if (options.Audience is { } audience && !Audiences(claims).Contains(audience))
            {
                return Refuse($"The token is not meant for '{audience}'.");
            }

            var subject = Text(claims, "sub");
            var org = Text(claims, "org");
            if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(org))
            {
                return Refuse("The token needs 'sub' (the actor) and 'org' (the organization).");
            }

            return new JwtResult(new ActorInfo(subject, org, Roles(claims)), null);
        }
        catch (JsonException)
        {
            return Refuse("The token's header or payload is not JSON.");
        }
    }

    private static JwtResult Refuse(string error) => new(null, error);

    private static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Seconds(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) ? seconds : null;

    private static List<string> Roles(JsonElement claims) => claims.TryGetProperty("roles", out var roles) ? roles.ValueKind switch
    {
        JsonValueKind.Array => roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList(),
        JsonValueKind.String => roles.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
        _ => [],
    } : [];

    private static IEnumerable<string> Audiences(JsonElement claims) => claims.TryGetProperty("aud", out var aud) ? aud.ValueKind switch
    {
        JsonValueKind.String => [aud.GetString()!],
        JsonValueKind.Array => aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!),
        _ => [],
    } : [];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        bytes = [];
        if (text.Length == 0 || text.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            bytes = Convert.FromBase64String(base64);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
