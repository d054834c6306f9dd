using Platform.Core.Errors;
using Platform.Core.Primitives;

namespace Platform.Core.Tests.Primitives;

public sealed class ResultTests
{
    private static Result<int> Parse(string text) =>
        int.TryParse(text, out var value) ? value : new ValidationError("text", $"'{text}' is not a number.");

    [Fact]
    public void Ok_CarriesTheValue()
    {
        var result = Result.Ok(5);

        Assert.True(result.IsOk);
        Assert.Equal(5, result.Value);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Err_ThrowsOnValueAccess_AndPassesThroughMapAndBind()
    {
        var result = Parse("x").Map(v => v * 2).Bind(v => Result.Ok(v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.False(result.IsOk);
        Assert.Equal(ErrorCodes.ValidationFailed, result.Error!.Code);
        Assert.Throws<ValidationError>(() => result.Value);
        Assert.False(result.TryGetValue(out _));
    }

    [Fact]
    public void Map_Bind_Match_ComposeOnSuccess()
    {
        var text = Parse("21").Map(v => v * 2).Bind(v => v > 40 ? Result.Ok(v) : Result.Err<int>(new BusinessError("too small"))).Match(v => $"ok {v}", e => e.Code);

        Assert.Equal("ok 42", text);
    }

    [Fact]
    public void ValidationError_CarriesEveryFailure_InMetaToo()
    {
        var error = new ValidationError([new ValidationFailure("name", "Name is required.", "required"), new ValidationFailure("price.currency", "Currency must be ISO 4217.")]);

        Assert.Equal(2, error.Failures.Count);
        Assert.Equal("Validation failed on 2 fields: Name is required. Currency must be ISO 4217.", error.Message);
        Assert.Equal(2, ((Platform.Model.Values.ValueList)error.Meta["failures"]!).Count);
        Assert.Throws<ArgumentException>(() => new ValidationError([]));
    }

    [Fact]
    public void Errors_CarryTheirCodes()
    {
        Assert.Equal(ErrorCodes.NotFound, new NotFoundError("Item", "item_1").Code);
        Assert.Equal(ErrorCodes.Forbidden, new AuthorizationError("catalog.item:read").Code);
        Assert.Equal(ErrorCodes.Unauthenticated, new AuthenticationError().Code);
        Assert.Equal(ErrorCodes.Conflict, ConflictError.StaleVersion("Item", "item_1", 2, 3).Code);
        Assert.Equal(ErrorCodes.IntegrationFailed, new IntegrationError("smtp", "down", isTransient: true).Code);
        Assert.Equal(ErrorCodes.Internal, new InternalError(new InvalidOperationException("secret detail")).Code);
        Assert.DoesNotContain("secret", new InternalError(new InvalidOperationException("secret detail")).Message, StringComparison.Ordinal);
    }
}
