namespace Chancery.Store.Sql;

/// <summary>What a transaction does, which decides how it is begun.</summary>
internal enum SessionAccess
{
    /// <summary>Reads, on one snapshot.</summary>
    Read,

    /// <summary>Writes records, one such transaction at a time.</summary>
    Write,

    /// <summary>Claims and finishes queued jobs: a short write that must not wait for a record's write to commit.</summary>
    Queue,
}
