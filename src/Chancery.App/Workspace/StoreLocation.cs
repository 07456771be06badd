namespace Chancery.App;

/// <summary>
/// Where the store lives: the <c>--db</c> option if given, else the <c>CHANCERY_DB</c> environment
/// variable, else <c>chancery/chancery.db</c> in the platform's data folder (~/.local/share on Linux).
/// A SQLite file's path, or a PostgreSQL connection string ("Host=db;Database=chancery;Username=chancery").
/// </summary>
public sealed record StoreLocation(string Path, bool IsDefault)
{
    public const string EnvironmentVariable = "CHANCERY_DB";

    /// <summary>A PostgreSQL connection string rather than a file's path.</summary>
    public bool IsPostgres => Chancery.Store.Postgres.PostgresStore.IsConnectionString(Path);

    public static StoreLocation Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return new StoreLocation(option, IsDefault: false);
        }
        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return new StoreLocation(fromEnvironment, IsDefault: false);
        }
        var dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return new StoreLocation(System.IO.Path.Combine(dataHome, "chancery", "chancery.db"), IsDefault: true);
    }
}
