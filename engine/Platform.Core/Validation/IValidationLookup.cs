namespace Platform.Core.Validation;

/// <summary>The database questions validation asks (<c>refExists</c>, <c>unique</c>), answered by the data layer.</summary>
public interface IValidationLookup
{
    /// <summary>Which of <paramref name="ids"/> exist (not deleted) as <paramref name="entity"/> in <paramref name="orgId"/>.</summary>
    Task<IReadOnlySet<string>> FindExistingAsync(string entity, IReadOnlyCollection<string> ids, string orgId, CancellationToken cancellationToken = default);

    /// <summary>Whether no other <paramref name="entity"/> of the organization has <paramref name="value"/> in <paramref name="field"/>.</summary>
    Task<bool> IsUniqueAsync(string entity, string field, object? value, string? excludingId, string orgId, CancellationToken cancellationToken = default);
}
