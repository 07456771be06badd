namespace Chancery.Domain;

/// <summary>The kinds of engagement of the extraction contract (SCHEMA.md, KINDS).</summary>
public enum EngagementKind
{
    /// <summary>Leaders' meeting.</summary>
    Summit,

    /// <summary>Foreign ministers, a Post Ministerial Conference, economic ministers' consultations.</summary>
    MinisterialMeeting,

    /// <summary>A Senior Officials' Meeting and its partner forms (ARSOM, ACSOC ...).</summary>
    SeniorOfficialsMeeting,

    /// <summary>JCC, JSCC, JPCC, JWG, development partnership committees.</summary>
    JointCommittee,

    /// <summary>An envoy or official calls on a host.</summary>
    CourtesyCall,

    /// <summary>Talks between two officials that are not a courtesy call, including on the sidelines.</summary>
    BilateralMeeting,

    /// <summary>An official, working or state visit.</summary>
    Visit,

    /// <summary>A conference, forum, workshop, dialogue or seminar.</summary>
    Forum,

    /// <summary>A signing ceremony of an agreement or memorandum.</summary>
    Signing,

    Other,
}
