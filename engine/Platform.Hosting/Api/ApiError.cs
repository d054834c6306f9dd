using Platform.Core.Errors;
using Platform.GraphQL.Execution;
using Platform.Model.Values;

namespace Platform.Hosting.Api;

/// <summary>
/// A platform error as clients see it (ARCHITECTURE.md § GraphQL API conventions, errors):
/// <c>extensions.code</c>, and the error's safe detail beside it (<c>failures</c> for
/// <c>VALIDATION_FAILED</c>, the permission for <c>FORBIDDEN</c>, the versions for <c>CONFLICT</c>…).
/// </summary>
public sealed class ApiError : IGraphQLErrorSource
{
    private ApiError(string message, IReadOnlyDictionary<string, object?> extensions)
    {
        Message = message;
        Extensions = extensions;
    }

    /// <inheritdoc />
    public string Message { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The client's view of <paramref name="exception"/>, when it is a platform error; null for anything else (which stays <c>INTERNAL</c>).</summary>
    public static IGraphQLErrorSource? Map(Exception exception)
    {
        if (exception is not CoreError error)
        {
            return null;
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = error.Code };
        foreach (var (key, value) in error.Meta)
        {
            extensions.TryAdd(key, value);
        }

        return new ApiError(error.Message, extensions);
    }

    /// <summary>The error of <paramref name="code"/> with <paramref name="message"/>.</summary>
    public static IGraphQLErrorSource Of(string code, string message, ValueMap? detail = null) =>
        Map(new CoreError(code, message, detail))!;
}
