using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    private Dictionary<string, string>? actorWords;
    private readonly Dictionary<string, string?> mechanismWords = new(StringComparer.Ordinal);

    /// <summary>The full-text entries of the engagements saved in this transaction, written by <see cref="WriteFullTextAsync"/>.</summary>
    private readonly Dictionary<long, EngagementText> unindexedEngagements = [];

    /// <summary>The sources stored in this transaction, whose full-text entries <see cref="WriteFullTextAsync"/> writes.</summary>
    private readonly List<(long Id, string? Title, string Text)> unindexedSources = [];

    /// <summary>
    /// Writes the full-text entries of what the transaction stored, all in two or three statements: SQLite's FTS5 flushes
    /// what it holds in memory to a new index segment at every statement that opens a savepoint, so entries written one at
    /// a time between the other inserts of a batch made a segment each, and every later statement paid to write and merge them.
    /// Called before the transaction commits, and before a search in it, so that a transaction finds what it stored.
    /// </summary>
    public async Task WriteFullTextAsync(CancellationToken cancellationToken)
    {
        var index = dialect.FullText;
        if (unindexedSources.Count > 0)
        {
            await ExecuteAsync(index.AddSources, cancellationToken, ("@rows", JsonRows(unindexedSources, (w, source) =>
            {
                w.WriteNumberValue(source.Id);
                w.WriteStringValue(index.Prepare(source.Title));
                w.WriteStringValue(index.Prepare(source.Text));
            })));
            unindexedSources.Clear();
        }
        if (unindexedEngagements.Count == 0)
        {
            return;
        }
        var indexed = unindexedEngagements.Where(e => !e.Value.IsNew).Select(e => e.Key).ToList();
        if (indexed.Count > 0 && index.RemoveEngagements is { } remove)
        {
            await ExecuteAsync(remove, cancellationToken, ("@ids", JsonIds(indexed)));
        }
        await ExecuteAsync(index.AddEngagements, cancellationToken, ("@rows", JsonRows(unindexedEngagements, (w, entry) =>
        {
            w.WriteNumberValue(entry.Key);
            w.WriteStringValue(index.Prepare(entry.Value.Summary));
            w.WriteStringValue(index.Prepare(entry.Value.Names));
            w.WriteStringValue(index.Prepare(entry.Value.Place));
            w.WriteStringValue(entry.Value.Classification);
        })));
        unindexedEngagements.Clear();
    }

    /// <summary>
    /// Makes the engagement's full-text entry, to be written with the transaction's others: its summary; the names it
    /// involves (parties by every name, people and their titles, the mechanism, the kind, the sectors); and its place.
    /// A new engagement has no entry to remove: no engagement is ever deleted, so its id is new to the index too.
    /// </summary>
    private async Task IndexEngagementAsync(long id, Engagement engagement, bool isNew, CancellationToken cancellationToken)
    {
        var words = await ActorWordsAsync(cancellationToken);
        var mechanism = engagement.Sitting is { } sitting ? await MechanismWordsAsync(sitting.Mechanism, cancellationToken) : null;
        var names = string.Join(' ', [
            .. engagement.Parties.Select(p => words.GetValueOrDefault(p.Value, p.Value)),
            .. engagement.Participants.Select(p => $"{p.Name} {p.Title}"),
            mechanism ?? "",
            Taxonomy<EngagementKind>.Label(engagement.Kind),
            .. engagement.Sectors.Select(Taxonomy<Sector>.Label)]);
        var place = string.Join(' ', [
            engagement.Place.Venue ?? "", engagement.Place.City ?? "",
            engagement.Place.Country is { } country ? words.GetValueOrDefault(country.Value, country.Value) : "",
            engagement.Place.Virtual ? "virtual videoconference" : ""]);
        // Saved twice in one transaction, an engagement new to it is still new to the index.
        var wasNew = unindexedEngagements.TryGetValue(id, out var earlier) ? earlier.IsNew : isNew;
        unindexedEngagements[id] = new EngagementText(engagement.Summary, names, place, SqlValues.Slug(engagement.Classification), wasNew);
    }

    private sealed record EngagementText(string Summary, string Names, string Place, string Classification, bool IsNew);

    /// <summary>A mechanism's name, acronym and aliases as one string of words, read once per transaction.</summary>
    private async Task<string?> MechanismWordsAsync(Key<Mechanism> mechanism, CancellationToken cancellationToken)
    {
        if (!mechanismWords.TryGetValue(mechanism.Value, out var words))
        {
            mechanismWords[mechanism.Value] = words = (string?)await ScalarAsync(
                "SELECT name || ' ' || coalesce(acronym, '') || ' ' || aliases FROM mechanism WHERE id = @id", cancellationToken, ("@id", mechanism.Value));
        }
        return words;
    }

    /// <summary>Each actor's names and adjectives as one string of words, read once per transaction.</summary>
    private async Task<Dictionary<string, string>> ActorWordsAsync(CancellationToken cancellationToken) =>
        actorWords ??= (await QueryAsync(
            "SELECT id, name, official_name, adjectives FROM actor",
            r => (Id: r.Text(0), Words: $"{r.Text(0)} {r.Text(1)} {r.Text(2)} {string.Join(' ', FromJsonList(r.Text(3)))}"),
            cancellationToken)).ToDictionary(a => a.Id, a => a.Words);
}
