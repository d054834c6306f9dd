using System.Text;
using Platform.Core.Security;

namespace Platform.Core.Tests.Security;

public sealed class JwtTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a-development-secret-of-32-bytes!!");
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly JwtOptions Options = new(Secret);

    [Fact]
    public void A_valid_token_names_the_actor_its_organization_and_roles()
    {
        var token = Jwt.Issue("actor_1", "org_a", ["admin", "member"], Secret, Now, TimeSpan.FromHours(1));

        var result = Jwt.Validate(token, Options, Now.AddMinutes(5));

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(("actor_1", "org_a"), (result.Actor!.Id, result.Actor.OrgId));
        Assert.Equal(["admin", "member"], result.Actor.Roles);
    }

    [Fact]
    public void Roles_may_be_a_space_separated_string()
    {
        var token = Jwt.Sign(new Dictionary<string, object?> { ["sub"] = "a", ["org"] = "o", ["roles"] = "viewer member" }, Secret);

        Assert.Equal(["viewer", "member"], Jwt.Validate(token, Options, Now).Actor!.Roles);
    }

    [Fact]
    public void A_changed_payload_or_another_secret_fails_the_signature()
    {
        var token = Jwt.Issue("actor_1", "org_a", ["viewer"], Secret, Now, TimeSpan.FromHours(1));
        var parts = token.Split('.');
        var forgedPayload = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"sub":"actor_1","org":"org_b","roles":["super-admin"]}""")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal("The token's signature does not match.", Jwt.Validate($"{parts[0]}.{forgedPayload}.{parts[2]}", Options, Now).Error);
        Assert.Equal("The token's signature does not match.", Jwt.Validate(token, new JwtOptions(Encoding.UTF8.GetBytes("another-secret-also-32-bytes-long!")), Now).Error);
    }

    [Fact]
    public void The_none_algorithm_and_others_are_refused()
    {
        var header = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}""")).TrimEnd('=');
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"sub":"a","org":"o"}""")).TrimEnd('=');

        Assert.False(Jwt.Validate($"{header}.{payload}.", Options, Now).IsValid);
        Assert.Equal("The token must be signed with HS256.", Jwt.Validate($"{header}.{payload}.AAAA", Options, Now).Error);
    }

    [Theory]
    [InlineData(-3600, "The token has expired.")]
    [InlineData(-20, null)]
    public void Expiry_honours_the_clock_skew(int expiresInSeconds, string? error)
    {
        var token = Jwt.Sign(new Dictionary<string, object?> { ["sub"] = "a", ["org"] = "o", ["exp"] = Now.AddSeconds(expiresInSeconds).ToUnixTimeSeconds() }, Secret);

        Assert.Equal(error, Jwt.Validate(token, Options, Now).Error);
    }

    [Fact]
    public void Not_before_issuer_audience_and_required_claims_are_checked()
    {
        var early = Jwt.Sign(new Dictionary<string, object?> { ["sub"] = "a", ["org"] = "o", ["nbf"] = Now.AddHours(1).ToUnixTimeSeconds() }, Secret);
        var foreign = Jwt.Sign(new Dictionary<string, object?> { ["sub"] = "a", ["org"] = "o", ["iss"] = "elsewhere", ["aud"] = "other" }, Secret);
        var orgless = Jwt.Sign(new Dictionary<string, object?> { ["sub"] = "a" }, Secret);

        Assert.Equal("The token is not valid yet.", Jwt.Validate(early, Options, Now).Error);
        Assert.Equal("The token was not issued by 'platform'.", Jwt.Validate(foreign, Options with { Issuer = "platform" }, Now).Error);
        Assert.Equal("The token is not meant for 'api'.", Jwt.Validate(foreign, Options with { Audience = "api" }, Now).Error);
        Assert.Equal("The token needs 'sub' (the actor) and 'org' (the organization).", Jwt.Validate(orgless, Options, Now).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("!!!.???.***")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln")]
    public void Malformed_tokens_are_refused_without_throwing(string token) => Assert.False(Jwt.Validate(token, Options, Now).IsValid);
}
