namespace Chancery.Store;

public enum StoreProblem
{
    /// <summary>There is no database where one was expected.</summary>
    Missing,

    /// <summary>The file is not a SQLite database at all (or is empty), or the connection string is not one.</summary>
    NotADatabase,

    /// <summary>A database, but another program's.</summary>
    NotChancery,

    /// <summary>Shorter than its own header says: cut off by a failed copy or a full disk.</summary>
    Truncated,

    /// <summary>Written by a newer Chancery, with a schema this build does not know.</summary>
    NewerVersion,

    /// <summary>Damaged or unreadable in some other way.</summary>
    Corrupt,

    /// <summary>A record refers to one that does not exist, or breaks a rule of the store.</summary>
    Invalid,

    /// <summary>The database server cannot be reached, or refused the connection.</summary>
    Unreachable,
}
