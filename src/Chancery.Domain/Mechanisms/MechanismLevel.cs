namespace Chancery.Domain;

/// <summary>Who sits at a mechanism's table, from the top down.</summary>
public enum MechanismLevel
{
    Leaders,
    Ministers,
    SeniorOfficials,

    /// <summary>Joint (sectoral) cooperation and development partnership committees, usually of ambassadors.</summary>
    Committee,

    /// <summary>Working groups, secretariats and expert meetings.</summary>
    WorkingLevel,
}
