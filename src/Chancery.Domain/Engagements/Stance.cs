namespace Chancery.Domain;

/// <summary>Positions a partner states on ASEAN's core principles (SCHEMA.md, Stances).</summary>
public enum Stance
{
    SupportsAseanCentrality,

    /// <summary>The ASEAN Outlook on the Indo-Pacific.</summary>
    SupportsAoip,

    SupportsFivePointConsensus,

    /// <summary>The Treaty of Amity and Cooperation in Southeast Asia.</summary>
    SupportsTac,

    /// <summary>A Code of Conduct in the South China Sea.</summary>
    SupportsScsCodeOfConduct,
}
