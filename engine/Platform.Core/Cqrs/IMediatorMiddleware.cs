namespace Platform.Core.Cqrs;

/// <summary>A step of the mediator pipeline (seed 001 § 6); call <c>next</c> to continue, or return/throw to stop.</summary>
public interface IMediatorMiddleware
{
    /// <summary>Handles <paramref name="envelope"/>, calling <paramref name="next"/> to run the rest of the pipeline.</summary>
    Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next);
}
