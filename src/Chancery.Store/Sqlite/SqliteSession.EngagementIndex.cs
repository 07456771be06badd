using Chancery.Domain;

namespace Chancery.Store.Sqlite;

internal sealed partial class SqliteSession
{
    private Dictionary<string, string>? actorWords;
    private readonly Dictionary<string, string?> mechanismWords = new(StringComparer.Ordinal);

    /// <summary>
    /// Rewrites the engagement's full-text entry: its summary; the names it involves (parties by every
    /// name, people and their titles, the mechanism, the kind, the sectors); and its place. A new engagement has no entry
    /// to remove: no engagement is ever deleted, so its id is new to the index too.
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
        if (!isNew)
        {
            await ExecuteAsync("DELETE FROM engagement_fts WHERE rowid = $id", cancellationToken, ("$id", id));
        }
        await ExecuteAsync("INSERT INTO engagement_fts (rowid, summary, names, place) VALUES ($id, $summary, $names, $place)",
            cancellationToken, ("$id", id), ("$summary", engagement.Summary), ("$names", names), ("$place", place));
    }

    /// <summary>A mechanism's name, acronym and aliases as one string of words, read once per transaction.</summary>
    private async Task<string?> MechanismWordsAsync(Key<Mechanism> mechanism, CancellationToken cancellationToken)
    {
        if (!mechanismWords.TryGetValue(mechanism.Value, out var words))
        {
            mechanismWords[mechanism.Value] = words = (string?)await ScalarAsync(
                "SELECT name || ' ' || coalesce(acronym, '') || ' ' || aliases FROM mechanism WHERE id = $id", cancellationToken, ("$id", mechanism.Value));
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
