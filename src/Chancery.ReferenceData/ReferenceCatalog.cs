using Chancery.Domain;

namespace Chancery.ReferenceData;

/// <summary>
/// Everything data/reference holds, read once and shared: states and organisations, ASEAN's
/// partnerships, the recurring mechanisms, known officials, and the city gazetteer (read on first use, being large).
/// </summary>
public sealed class ReferenceCatalog
{
    private static readonly Lazy<ReferenceCatalog> Shared = new(() => new ReferenceCatalog());

    private readonly Lazy<Gazetteer> gazetteer = new(() => new Gazetteer(CitiesFile.Read()));

    private ReferenceCatalog()
    {
        Actors = ActorsFile.Read();
        Partnerships = PartnershipsFile.Read();
        Mechanisms = MechanismsFile.Read();
        Officials = OfficialsFile.Read();
    }

    /// <summary>The catalog of the files embedded in this build.</summary>
    public static ReferenceCatalog Default => Shared.Value;

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyList<Partnership> Partnerships { get; }

    public IReadOnlyList<Mechanism> Mechanisms { get; }

    /// <summary>Officials whose service a press release may leave unsaid: leaders, foreign ministers, heads of organisations.</summary>
    public IReadOnlyList<KnownOfficial> Officials { get; }

    public Gazetteer Gazetteer => gazetteer.Value;

    /// <summary>A hash of the reference files this build embeds: a store records it to know which data it was seeded with.</summary>
    public string Fingerprint { get; } = EmbeddedFile.Fingerprint();
}
