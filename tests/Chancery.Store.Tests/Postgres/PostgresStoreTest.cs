using Chancery.Store.Postgres;
using Chancery.Testing;
using Npgsql;

namespace Chancery.Store.Tests.Postgres;

/// <summary>Opening a PostgreSQL store: what the engine has of its own beyond the shared contract.</summary>
public sealed class PostgresStoreTest
{
    [Fact]
    public async Task Given_an_empty_schema_when_opened_to_create_then_the_schema_is_made_at_the_latest_version()
    {
        await using var schema = await TestPostgres.NewSchemaAsync();

        await using (var store = await PostgresStore.OpenAsync(schema.ConnectionString, createIfMissing: true))
        {
            store.Created.ShouldBeTrue();
            store.Description.Engine.ShouldBe("PostgreSQL");
            store.Description.SchemaVersion.ShouldBe(PostgresStore.SchemaVersion);
        }
        await using var again = await PostgresStore.OpenAsync(schema.ConnectionString, createIfMissing: false);
        again.Created.ShouldBeFalse();
    }

    [Fact]
    public async Task Given_no_schema_when_opened_without_creating_then_it_is_missing_and_nothing_is_made()
    {
        await using var schema = await TestPostgres.NewSchemaAsync();

        var error = await Should.ThrowAsync<StoreException>(() => PostgresStore.OpenAsync(schema.ConnectionString, createIfMissing: false));

        error.Problem.ShouldBe(StoreProblem.Missing);
        error.Message.ShouldContain("chancery init");
        (await TablesAsync(schema)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_schema_from_a_newer_Chancery_when_opened_then_it_is_refused_unchanged()
    {
        await using var schema = await TestPostgres.NewSchemaAsync();
        await (await PostgresStore.OpenAsync(schema.ConnectionString, createIfMissing: true)).DisposeAsync();
        await ExecuteAsync(schema, $"INSERT INTO schema_version (version) VALUES ({PostgresStore.SchemaVersion + 1})");

        var error = await Should.ThrowAsync<StoreException>(() => PostgresStore.OpenAsync(schema.ConnectionString, createIfMissing: true));

        error.Problem.ShouldBe(StoreProblem.NewerVersion);
    }

    [Fact]
    public async Task Given_no_server_on_the_port_when_opened_then_the_one_line_error_says_it_cannot_be_reached()
    {
        var error = await Should.ThrowAsync<StoreException>(() => PostgresStore.OpenAsync("Host=127.0.0.1;Port=1;Username=nobody;Timeout=3", createIfMissing: true));

        error.Problem.ShouldBe(StoreProblem.Unreachable);
        error.Message.ShouldContain("127.0.0.1:1");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public async Task Given_a_malformed_connection_string_when_opened_then_it_is_named_as_such()
    {
        var error = await Should.ThrowAsync<StoreException>(() => PostgresStore.OpenAsync("Host=x;Bogus Keyword=1", createIfMissing: true));

        error.Problem.ShouldBe(StoreProblem.NotADatabase);
        error.Message.ShouldStartWith("not a PostgreSQL connection string");
    }

    [Theory]
    [InlineData("Host=db.example.org;Database=chancery;Username=chancery", true)]
    [InlineData("host=127.0.0.1;port=5432", true)]
    [InlineData("/home/analyst/chancery.db", false)]
    [InlineData("chancery.db", false)]
    public void A_location_is_a_connection_string_when_it_names_a_host(string location, bool expected) =>
        PostgresStore.IsConnectionString(location).ShouldBe(expected);

    private static async Task<long> TablesAsync(TestPostgres schema)
    {
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(TestPostgres schema, string sql)
    {
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
