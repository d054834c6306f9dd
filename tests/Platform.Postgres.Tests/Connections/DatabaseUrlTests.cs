using Npgsql;
using Platform.Postgres.Connections;

namespace Platform.Postgres.Tests.Connections;

public sealed class DatabaseUrlTests
{
    [Fact]
    public void Url_BecomesAConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString("postgres://app%40corp:p%3Ass@db.internal:6543/platform?sslmode=require&application_name=host"));

        Assert.Equal(("db.internal", 6543, "platform", "app@corp", "p:ss", SslMode.Require, "host"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode, builder.ApplicationName));
    }

    [Fact]
    public void Url_WithoutPortOrDatabase_UsesDefaults()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString("postgresql://u@localhost"));

        Assert.Equal((5432, "postgres"), (builder.Port, builder.Database));
    }

    [Fact]
    public void ConnectionString_IsAccepted() =>
        Assert.Contains("Host=db", DatabaseUrl.ToConnectionString("Host=db;Username=u;Password=p;Database=x"), StringComparison.Ordinal);

    [Theory]
    [InlineData("mysql://u@h/db")]
    [InlineData("not a url")]
    [InlineData("Username=u")]
    public void Garbage_SaysWhichFormsWork(string value)
    {
        var error = Assert.Throws<FormatException>(() => DatabaseUrl.ToConnectionString(value));

        Assert.Contains("postgres://user:password@host:5432/database", error.Message, StringComparison.Ordinal);
    }
}
