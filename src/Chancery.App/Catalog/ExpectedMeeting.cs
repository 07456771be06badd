using Chancery.Domain;

namespace Chancery.App;

/// <summary>A sitting a mechanism's cadence expects: the 20th ARSOM, around April 2024; overdue once well past that.</summary>
public sealed record ExpectedMeeting(Mechanism Mechanism, ExpectedSitting Sitting, bool Overdue)
{
    /// <summary>"20th ARSOM".</summary>
    public string Label => Engagement.SittingLabel(Mechanism.ShortName, Sitting.Ordinal);
}
