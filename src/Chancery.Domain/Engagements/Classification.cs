namespace Chancery.Domain;

/// <summary>Who may see a record. Ordered: a clearance sees its own level and every level below it.</summary>
public enum Classification
{
    Public,
    Restricted,
    Confidential,
}
