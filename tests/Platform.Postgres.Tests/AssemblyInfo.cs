using System.Runtime.Versioning;

// The embedded server runs PostgreSQL's Unix programs; these tests run where they do.
[assembly: SupportedOSPlatform("linux")]
