namespace Chancery.Domain;

/// <summary>
/// How much an engagement says about the intensity of a relationship, by its level: a summit more than a ministerial
/// meeting, that more than senior officials, they more than a joint committee, that more than a courtesy call.
/// </summary>
public static class EngagementWeight
{
    public static int Of(EngagementKind kind) => kind switch
    {
        EngagementKind.Summit => 5,
        EngagementKind.MinisterialMeeting => 4,
        EngagementKind.SeniorOfficialsMeeting => 3,
        EngagementKind.JointCommittee => 2,
        // A visit or talks are usually ministers' or envoys' business: between a joint committee and senior officials.
        EngagementKind.Visit or EngagementKind.BilateralMeeting => 2,
        _ => 1,
    };
}
