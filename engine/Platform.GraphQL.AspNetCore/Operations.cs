using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.AspNetCore;

/// <summary>Which operation of a document a request runs, as the transports need to know before executing (GET safety, streaming).</summary>
internal static class Operations
{
    /// <summary>The operation <paramref name="operationName"/> selects in <paramref name="document"/> (the only one when unnamed); null when none matches.</summary>
    public static OperationDefinitionNode? Select(DocumentNode? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<OperationDefinitionNode>().ToList() ?? [];
        return operationName is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }
}
