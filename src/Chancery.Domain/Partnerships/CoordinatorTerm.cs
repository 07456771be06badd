namespace Chancery.Domain;

/// <summary>
/// The ASEAN member state that coordinates a dialogue relationship for a term, which rotates every
/// three years: Cambodia for ASEAN-Russia from 2021 to 2024. <see cref="To"/> is null while the term runs.
/// </summary>
public sealed record CoordinatorTerm
{
    public CoordinatorTerm(ActorId coordinator, PartialDate from, PartialDate? to = null)
    {
        if (to is { } end && end.Latest < from.Earliest)
        {
            throw new ArgumentException($"a coordinator term cannot end ({end}) before it begins ({from})", nameof(to));
        }
        Coordinator = coordinator;
        From = from;
        To = to;
    }

    public ActorId Coordinator { get; }

    public PartialDate From { get; }

    public PartialDate? To { get; }

    /// <summary>True when the date may fall within the term: a term "2021-2024" covers every day of 2021 to 2024.</summary>
    public bool Covers(DateOnly date) => From.Earliest <= date && (To is not { } end || date <= end.Latest);
}
