namespace Chancery.Store.Sql;

/// <summary>A store built on <see cref="SqlSession"/>: what copying a store to another engine needs beyond the public contract.</summary>
internal interface ISessionStore
{
    /// <summary>Runs the work in one transaction of that access, committed when it completes.</summary>
    Task<T> SessionAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, SessionAccess access, CancellationToken cancellationToken);
}
