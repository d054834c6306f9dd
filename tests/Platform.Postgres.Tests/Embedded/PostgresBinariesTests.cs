using Platform.Postgres.Embedded;

namespace Platform.Postgres.Tests.Embedded;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void Locate_FindsTheMachinesServerPrograms()
    {
        var binaries = PostgresBinaries.Locate();

        Assert.True(File.Exists(binaries.Program("initdb")));
        Assert.True(File.Exists(binaries.Program("postgres")));
    }

    [Fact]
    public void Locate_ExplicitFolderWithoutThePrograms_SaysWhatToDo()
    {
        var error = Assert.Throws<EmbeddedPostgresException>(() => PostgresBinaries.Locate("/nonexistent/bin"));

        Assert.Contains("POSTGRES_BIN_DIR is '/nonexistent/bin'", error.Message, StringComparison.Ordinal);
        Assert.Contains("unset it to search PATH", error.Message, StringComparison.Ordinal);
    }
}
