using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Platform.Core.Security;
using Platform.Postgres.Connections;

namespace Platform.Hosting;

/// <summary>
/// The host's settings, read from the environment and appsettings.json and checked at start: every
/// problem is reported at once, naming the setting and the fix (the host then exits with 1).
/// </summary>
public sealed record PlatformSettings
{
    /// <summary>The minimum length of <c>JWT_SECRET</c> in bytes (HS256 keys should be at least as long as the hash).</summary>
    public const int MinSecretBytes = 32;

    /// <summary>The schema owner's connection string (migrations, outbox relay, realtime broadcast), or null for the embedded server.</summary>
    public string? DatabaseConnectionString { get; init; }

    /// <summary>The connection string requests run with (the <c>platform_app</c> role: DML only, row-level security applies); set with <see cref="DatabaseConnectionString"/>.</summary>
    public string? DatabaseAppConnectionString { get; init; }

    /// <summary>Whether migrations on start may drop columns and tables (<c>ALLOW_DESTRUCTIVE_MIGRATIONS</c>).</summary>
    public bool AllowDestructiveMigrations { get; init; }

    /// <summary>The HS256 key of bearer tokens.</summary>
    public byte[] JwtSecret { get; init; } = [];

    /// <summary>Whether <see cref="JwtSecret"/> was generated for development (and kept under .data).</summary>
    public bool JwtSecretGenerated { get; init; }

    /// <summary>Origins allowed to call from browsers (CORS); empty allows none.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>Whether introspection answers (on by default).</summary>
    public bool Introspection { get; init; } = true;

    /// <summary>The issuer bearer tokens must name (<c>JWT_ISSUER</c>), or null for any.</summary>
    public string? JwtIssuer { get; init; }

    /// <summary>The audience bearer tokens must name (<c>JWT_AUDIENCE</c>), or null for any.</summary>
    public string? JwtAudience { get; init; }

    /// <summary>The protection of the GraphQL endpoint (<c>GRAPHQL_*</c> limits).</summary>
    public ApiLimits Limits { get; init; } = new();

    /// <summary>Roles and their permissions from the <c>Roles</c> section, over the seed's system roles.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; init; } = RolePermissionResolver.SystemRoles;

    /// <summary>The plugins folder (<c>PLUGINS_DIR</c> or the stamped default).</summary>
    public string PluginsDirectory { get; init; } = "";

    /// <summary>A folder of module folders holding manifests only (<c>MANIFEST_MODULES_DIR</c>), or null.</summary>
    public string? ManifestModulesDirectory { get; init; }

    /// <summary>Whether the module folders are watched and changes loaded while the host runs (<c>MODULES_WATCH</c>, default true).</summary>
    public bool WatchModules { get; init; } = true;

    /// <summary>How long unloaded module code has to be collected before the log says what holds it (<c>MODULES_UNLOAD_TIMEOUT_SECONDS</c>, default 30).</summary>
    public TimeSpan UnloadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads and checks the settings; in Development a missing <c>JWT_SECRET</c> is generated once under <paramref name="paths"/>' data folder.</summary>
    /// <returns>The settings, or every problem found.</returns>
    public static (PlatformSettings? Settings, IReadOnlyList<string> Errors) Load(IConfiguration configuration, bool development, PlatformPaths paths)
    {
        var errors = new List<string>();
        var settings = new PlatformSettings { PluginsDirectory = paths.PluginsDirectory };

        if (configuration["DATABASE_URL"] is { Length: > 0 } url)
        {
            try
            {
                settings = settings with { DatabaseConnectionString = DatabaseUrl.ToConnectionString(url) };
            }
            catch (FormatException e)
            {
                errors.Add($"DATABASE_URL: {e.Message} Leave it unset to use the embedded PostgreSQL.");
            }

            if (configuration["DATABASE_APP_URL"] is not { Length: > 0 } appUrl)
            {
                errors.Add("DATABASE_APP_URL is not set: with DATABASE_URL (the schema owner, platform_owner) set it to the same database as the platform_app role, which requests run as (see README § Database).");
            }
            else
            {
                try
                {
                    settings = settings with { DatabaseAppConnectionString = DatabaseUrl.ToConnectionString(appUrl) };
                }
                catch (FormatException e)
                {
                    errors.Add($"DATABASE_APP_URL: {e.Message}");
                }
            }
        }
        else if (configuration["DATABASE_APP_URL"] is { Length: > 0 })
        {
            errors.Add("DATABASE_APP_URL is set but DATABASE_URL is not: set both (owner and app role of one database), or neither for the embedded PostgreSQL.");
        }

        settings = settings with { AllowDestructiveMigrations = Flag(configuration, "ALLOW_DESTRUCTIVE_MIGRATIONS", settings.AllowDestructiveMigrations, errors) };

        var secret = configuration["JWT_SECRET"];
        if (string.IsNullOrEmpty(secret))
        {
            if (development)
            {
                settings = settings with { JwtSecret = DevelopmentSecret(paths.DataDirectory), JwtSecretGenerated = true };
            }
            else
            {
                errors.Add($"JWT_SECRET is not set: set it to a random string of at least {MinSecretBytes} bytes (e.g. `openssl rand -base64 48`); bearer tokens are verified with it.");
            }
        }
        else if (Encoding.UTF8.GetByteCount(secret) < MinSecretBytes)
        {
            errors.Add($"JWT_SECRET is {Encoding.UTF8.GetByteCount(secret)} bytes long: use at least {MinSecretBytes} random bytes (e.g. `openssl rand -base64 48`).");
        }
        else
        {
            settings = settings with { JwtSecret = Encoding.UTF8.GetBytes(secret) };
        }

        settings = settings with
        {
            CorsOrigins = (configuration["CORS_ORIGINS"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        foreach (var origin in settings.CorsOrigins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add($"CORS_ORIGINS: '{origin}' is not an http(s) origin; list origins like https://app.example.com, separated by commas.");
        }

        settings = settings with { Introspection = Flag(configuration, "GRAPHQL_INTROSPECTION", settings.Introspection, errors) };

        if (configuration["MANIFEST_MODULES_DIR"] is { Length: > 0 } manifests)
        {
            settings = settings with { ManifestModulesDirectory = Path.GetFullPath(manifests) };
        }

        settings = settings with { WatchModules = Flag(configuration, "MODULES_WATCH", settings.WatchModules, errors) };

        settings = settings with { UnloadTimeout = TimeSpan.FromSeconds(ApiLimits.PositiveInt(configuration, "MODULES_UNLOAD_TIMEOUT_SECONDS", (int)settings.UnloadTimeout.TotalSeconds, errors)) };

        settings = settings with
        {
            JwtIssuer = configuration["JWT_ISSUER"] is { Length: > 0 } issuer ? issuer : null,
            JwtAudience = configuration["JWT_AUDIENCE"] is { Length: > 0 } audience ? audience : null,
            Limits = ApiLimits.Load(configuration, errors),
            Roles = LoadRoles(configuration, errors),
        };

        return errors.Count > 0 ? (null, errors) : (settings, []);
    }

    /// <summary>The true/false setting <paramref name="name"/>, or <paramref name="fallback"/> when unset; anything else is reported in <paramref name="errors"/>.</summary>
    private static bool Flag(IConfiguration configuration, string name, bool fallback, List<string> errors)
    {
        if (configuration[name] is not { Length: > 0 } text)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add($"{name}: '{text}' is not true or false.");
        return fallback;
    }

    /// <summary>The seed's system roles, with the <c>Roles</c> section's roles added or replacing them (<c>"Roles": { "editor": ["catalog.*:read", "catalog.*:update"] }</c>).</summary>
    private static Dictionary<string, IReadOnlyList<string>> LoadRoles(IConfiguration configuration, List<string> errors)
    {
        var roles = new Dictionary<string, IReadOnlyList<string>>(RolePermissionResolver.SystemRoles, StringComparer.Ordinal);
        foreach (var role in configuration.GetSection("Roles").GetChildren())
        {
            var permissions = role.GetChildren().Select(p => p.Value ?? "").ToList();
            var invalid = permissions.Where(p => { try { _ = new PermissionSet([p]); return false; } catch (ArgumentException) { return true; } }).ToList();
            if (invalid.Count > 0)
            {
                errors.Add($"Roles:{role.Key}: {string.Join(", ", invalid.Select(p => $"'{p}'"))} is not a permission; write resource:action, e.g. 'catalog.item:read' or '*:read'.");
                continue;
            }

            roles[role.Key] = permissions;
        }

        return roles;
    }

    /// <summary>The development secret kept under <paramref name="dataDirectory"/>, created on first use (the host and <c>platform token</c> share it).</summary>
    public static byte[] DevelopmentSecret(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "jwt-secret");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(dataDirectory);
        var secret = RandomNumberGenerator.GetBytes(48);
        File.WriteAllText(path, Convert.ToBase64String(secret));
        return secret;
    }
}
