using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>One document's ingestion: its outcome, its source's id, the engagements it created and those it reported again.</summary>
public sealed record DocumentIngestion(string Location, DocumentOutcome Outcome, Id<Source> Source = default, string? Error = null)
{
    public IReadOnlyList<Id<Engagement>> Created { get; init; } = [];

    /// <summary>Engagements the store held that this document reported too: its citation was added to them.</summary>
    public IReadOnlyList<Id<Engagement>> Merged { get; init; } = [];

    /// <summary>Flags raised for review on those engagements.</summary>
    public int Flags { get; init; }
}
