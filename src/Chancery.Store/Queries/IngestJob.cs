namespace Chancery.Store;

/// <summary>A queued document a worker claimed: its name (the file's, without folders) and its bytes as they were queued.</summary>
public sealed record IngestJob(long Id, string Name, byte[] Content);
