using System.Collections.Frozen;
using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// The actors a store knows, to name them in output and to read what a user types for one: a code
/// ("ru"), a name ("Russia"), an official name or an alias ("the Russian Federation"), in any case.
/// </summary>
public sealed class ActorDirectory
{
    private readonly FrozenDictionary<ActorId, Actor> byId;
    private readonly FrozenDictionary<string, ActorId> byName;

    public ActorDirectory(IEnumerable<Actor> actors)
    {
        var all = actors.ToList();
        byId = all.ToFrozenDictionary(a => a.Id);
        // Codes first, then names: a name never hides a code ("IN" is India, not a word).
        byName = all.Select(a => (Key: a.Id.Value, a.Id))
            .Concat(all.SelectMany(a => a.Names.Select(n => (Key: Gazetteer.Fold(n), a.Id))))
            .GroupBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.First().Id, StringComparer.OrdinalIgnoreCase);
    }

    public static async Task<ActorDirectory> LoadAsync(IChanceryStore store, CancellationToken cancellationToken = default) =>
        new(await store.ReadAsync((reader, ct) => reader.ActorsAsync(ct), cancellationToken));

    public Actor? this[ActorId id] => byId.GetValueOrDefault(id);

    /// <summary>The actor's short English name, or its id when the store does not know it.</summary>
    public string Name(ActorId id) => byId.TryGetValue(id, out var actor) ? actor.Name : id.Value;

    /// <summary>Reads a code or a name; null when no actor goes by it.</summary>
    public ActorId? Resolve(string text)
    {
        var trimmed = text.Trim();
        return byName.TryGetValue(trimmed.ToUpperInvariant(), out var byCode) && byCode.Value == trimmed.ToUpperInvariant()
            ? byCode
            : byName.TryGetValue(Gazetteer.Fold(trimmed), out var id) ? id : null;
    }
}
