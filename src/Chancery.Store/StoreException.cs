namespace Chancery.Store;

/// <summary>
/// The store cannot be used as asked. The message is one line a user can act on and names the file or
/// server; <see cref="Problem"/> says which case it is.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(StoreProblem problem, string message, Exception? innerException = null)
        : base(message, innerException) => Problem = problem;

    public StoreProblem Problem { get; }
}
