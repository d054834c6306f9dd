using System.Net;
using System.Text.Json;

namespace Platform.TestKit.GraphQL;

/// <summary>A GraphQL response as a client sees it: the HTTP status and the JSON body.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The response body.</param>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body)
{
    /// <summary>The <c>data</c> entry.</summary>
    public JsonElement Data => Body.GetProperty("data");

    /// <summary>The <c>errors</c>, empty when there are none.</summary>
    public IReadOnlyList<JsonElement> Errors => Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The <c>extensions.code</c> of each error.</summary>
    public IReadOnlyList<string?> ErrorCodes => Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString() : null).ToList();

    /// <summary>The data, failing with the errors when there are any.</summary>
    public JsonElement Ok()
    {
        Xunit.Assert.True(Errors.Count == 0, $"Expected no errors, got: {Body}");
        return Data;
    }

    /// <summary>The JSON at a dotted path under <c>data</c> (<c>items.nodes</c>).</summary>
    public JsonElement At(string path) => path.Split('.').Aggregate(Ok(), (e, p) => int.TryParse(p, out var i) ? e[i] : e.GetProperty(p));

    /// <inheritdoc />
    public override string ToString() => Body.ToString();
}
