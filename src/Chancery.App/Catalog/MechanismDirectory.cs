using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// Mechanisms with the sittings a reader may know of. A sitting is recorded when an engagement of it is stored; one
/// known only from engagements above the reader's clearance is left out (with it, its date and place), as they are.
/// </summary>
public static class MechanismDirectory
{
    public static Task<IReadOnlyList<Mechanism>> ListAsync(IChanceryStore store, ActorId? party, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync<IReadOnlyList<Mechanism>>(async (reader, ct) =>
        {
            var mechanisms = await reader.MechanismsAsync(party, ct);
            var hidden = await reader.HiddenSittingsAsync(clearance, cancellationToken: ct);
            return [.. mechanisms.Select(m => Visible(m, hidden))];
        }, cancellationToken);

    /// <summary>The mechanism with the sittings the reader may know of, or null when there is none of that id.</summary>
    public static Task<Mechanism?> FindAsync(IChanceryStore store, Key<Mechanism> id, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync(async (reader, ct) => await reader.MechanismAsync(id, ct) is { } mechanism
            ? Visible(mechanism, await reader.HiddenSittingsAsync(clearance, id, ct))
            : null, cancellationToken);

    private static Mechanism Visible(Mechanism mechanism, IReadOnlyList<SittingRef> hidden)
    {
        var ordinals = hidden.Where(h => h.Mechanism == mechanism.Id).Select(h => h.Ordinal).ToHashSet();
        return ordinals.Count == 0 ? mechanism : mechanism with { Sittings = [.. mechanism.Sittings.Where(s => !ordinals.Contains(s.Ordinal))] };
    }
}
