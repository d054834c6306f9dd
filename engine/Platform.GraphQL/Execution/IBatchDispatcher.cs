namespace Platform.GraphQL.Execution;

/// <summary>Something holding loads that the executor dispatches together before it waits (see <see cref="BatchLoader{TKey, TValue}"/>).</summary>
public interface IBatchDispatcher
{
    /// <summary>Whether loads are waiting.</summary>
    bool HasPending { get; }

    /// <summary>Starts one batched fetch for everything waiting.</summary>
    void Dispatch();
}
