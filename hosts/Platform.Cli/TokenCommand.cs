using System.Text;
using Platform.Core.Security;
using Platform.Hosting;

namespace Platform.Cli;

/// <summary><c>platform token --org ORG --sub ACTOR --roles admin</c>: a development bearer token.</summary>
internal static class TokenCommand
{
    public static int Run(string org, string subject, string[] roles, int hours, TextWriter output)
    {
        var configured = Environment.GetEnvironmentVariable("JWT_SECRET");
        byte[] secret;
        if (!string.IsNullOrEmpty(configured))
        {
            if (Encoding.UTF8.GetByteCount(configured) < PlatformSettings.MinSecretBytes)
            {
                Console.Error.WriteLine($"platform token: JWT_SECRET is shorter than {PlatformSettings.MinSecretBytes} bytes; the host would refuse it.");
                return 1;
            }

            secret = Encoding.UTF8.GetBytes(configured);
        }
        else
        {
            var paths = PlatformPaths.Resolve(Directory.GetCurrentDirectory(), anchor: typeof(TokenCommand).Assembly);
            secret = PlatformSettings.DevelopmentSecret(paths.DataDirectory);
            Console.Error.WriteLine($"platform token: JWT_SECRET is not set; signed with the development secret in {Path.Combine(paths.DataDirectory, "jwt-secret")}.");
        }

        output.WriteLine(Jwt.Issue(subject, org, roles.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList(), secret, DateTimeOffset.UtcNow, TimeSpan.FromHours(hours)));
        return 0;
    }
}
