using Chancery.ReferenceData;
using Chancery.Store;

namespace Chancery.App;

/// <summary>Writes the reference data (actors, partnerships, mechanisms) into a store, in one transaction.</summary>
public static class ReferenceSeeder
{
    /// <summary>The meta key under which a store records the fingerprint of the reference data it holds.</summary>
    public const string FingerprintKey = "reference-fingerprint";

    public static Task SeedAsync(IChanceryStore store, ReferenceCatalog catalog, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) =>
        {
            foreach (var actor in catalog.Actors)
            {
                await writer.SaveActorAsync(actor, ct);
            }
            foreach (var partnership in catalog.Partnerships)
            {
                await writer.SavePartnershipAsync(partnership, ct);
            }
            foreach (var mechanism in catalog.Mechanisms)
            {
                await writer.SaveMechanismAsync(mechanism, ct);
            }
            await writer.SetMetaAsync(FingerprintKey, catalog.Fingerprint, ct);
            return true;
        }, cancellationToken);
}
