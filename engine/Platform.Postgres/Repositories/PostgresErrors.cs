using Npgsql;
using Platform.Core.Errors;
using Platform.Model.Definitions;
using Platform.Model.Naming;

namespace Platform.Postgres.Repositories;

/// <summary>Turns constraint violations into the platform's errors, naming the field (never a SQL error to the client).</summary>
internal static class PostgresErrors
{
    public static CoreError? Translate(PostgresException exception, EntityTable table)
    {
        var field = FieldOf(exception.ConstraintName ?? exception.ColumnName, table.Entity);
        return exception.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => ConflictError.Duplicate(table.Entity.Name, field ?? "value"),
            PostgresErrorCodes.ForeignKeyViolation => new ValidationError(field ?? "reference",
                $"{field ?? "A reference"} points to {(field is null ? "an entity" : $"a {ApiNames.RefEntityName(table.Entity.FindField(field)!)}")} that does not exist in your organization.", "refExists"),
            PostgresErrorCodes.CheckViolation => new ValidationError(field ?? "value", $"{field ?? "A value"} is not allowed: {exception.MessageText}.", "check"),
            PostgresErrorCodes.NotNullViolation => new ValidationError(field ?? exception.ColumnName ?? "value", $"{field ?? exception.ColumnName} is required.", "required"),
            _ => null,
        };
    }

    private static string? FieldOf(string? constraintOrColumn, EntityDefinition entity)
    {
        if (constraintOrColumn is null)
        {
            return null;
        }

        // Constraint names embed the column (cat_items_organization_id_slug_key, cat_items_category_id_fkey): the longest column that appears wins.
        return entity.Fields
            .SelectMany(f => SqlNames.ColumnsOf(f).Select(c => (Field: f.Key, Column: c)))
            .Where(x => constraintOrColumn == x.Column || constraintOrColumn.Contains("_" + x.Column + "_", StringComparison.Ordinal))
            .OrderByDescending(x => x.Column.Length)
            .Select(x => x.Field)
            .FirstOrDefault();
    }
}
