namespace Chancery.Domain;

/// <summary>Whether a person has checked an engagement record.</summary>
public enum ReviewState
{
    /// <summary>Extracted or entered, not yet checked.</summary>
    Draft,

    /// <summary>Checked by an editor; later ingestion may only suggest changes to it.</summary>
    Confirmed,

    /// <summary>Found wrong by an editor: kept, so that later reports of it are recognised and not taken for news.</summary>
    Rejected,
}
