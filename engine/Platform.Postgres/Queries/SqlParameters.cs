using Npgsql;
using NpgsqlTypes;

namespace Platform.Postgres.Queries;

/// <summary>The positional parameters of one statement; values never enter the SQL text.</summary>
public sealed class SqlParameters
{
    private readonly List<NpgsqlParameter> _parameters = [];

    /// <summary>The parameters in order ($1, $2, …).</summary>
    public IReadOnlyList<NpgsqlParameter> All => _parameters;

    /// <summary>A copy of <paramref name="other"/>'s parameters, to continue after them (a statement that embeds another's text).</summary>
    public static SqlParameters CopyOf(SqlParameters other)
    {
        var copy = new SqlParameters();
        copy._parameters.AddRange(other._parameters.Select(p => p.Clone()));
        return copy;
    }

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add(object? value, NpgsqlDbType? type = null)
    {
        var parameter = new NpgsqlParameter { Value = value ?? DBNull.Value };
        if (type is { } t)
        {
            parameter.NpgsqlDbType = t;
        }

        _parameters.Add(parameter);
        return "$" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
