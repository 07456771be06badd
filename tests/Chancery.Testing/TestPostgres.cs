using Npgsql;

namespace Chancery.Testing;

/// <summary>
/// The PostgreSQL server the tests use: <c>CHANCERY_TEST_POSTGRES</c>, which scripts/test sets after starting one with
/// scripts/postgres, else the port scripts/postgres starts on. Each store a test opens lives in a schema of its own,
/// dropped when the test is done, so that tests run side by side on one database.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    public const string EnvironmentVariable = "CHANCERY_TEST_POSTGRES";

    private const string Default = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    private readonly string server;
    private readonly string schema;

    private TestPostgres(string server, string connectionString, string schema)
    {
        this.server = server;
        this.schema = schema;
        ConnectionString = connectionString;
    }

    /// <summary>Reaches a schema of its own, empty until a store is opened on it.</summary>
    public string ConnectionString { get; }

    /// <exception cref="InvalidOperationException">No server answers: the message says how to start one.</exception>
    public static async Task<TestPostgres> NewSchemaAsync()
    {
        var server = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } set ? set : Default;
        var schema = $"test_{Guid.NewGuid():N}";
        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"no PostgreSQL for the tests at {server} ({e.Message}); run scripts/test, or scripts/postgres start and set {EnvironmentVariable}", e);
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return new TestPostgres(server, builder.ConnectionString, schema);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
