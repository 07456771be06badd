using Chancery.Domain;
using Chancery.Store.Sqlite;
using Chancery.Testing;
using Microsoft.Data.Sqlite;

namespace Chancery.Store.Tests.Sqlite;

/// <summary>What SQLite files Chancery creates, opens, migrates and refuses, and that a refused file keeps its bytes.</summary>
public sealed class SqliteDatabaseFileTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string DatabasePath => folder.File("chancery.db");

    [Fact]
    public async Task A_new_database_is_a_whole_Chancery_schema_in_WAL_mode_with_nothing_left_beside_it()
    {
        await (await SqliteStore.OpenAsync(DatabasePath, createIfMissing: true)).DisposeAsync();

        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["chancery.db"]);
        Pragma("application_id").ShouldBe((long)SqliteStore.ApplicationId);
        Pragma("user_version").ShouldBe((long)SqliteStore.SchemaVersion);
        Pragma("journal_mode").ShouldBe("wal");
        Scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('engagement', 'engagement_fts', 'source_fts', 'citation')").ShouldBe(4L);
    }

    [Fact]
    public async Task An_empty_Chancery_file_at_schema_zero_is_migrated_to_the_latest_schema()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA application_id = {SqliteStore.ApplicationId}; CREATE TABLE scratch (x); DROP TABLE scratch;";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();

        await using (var store = await SqliteStore.OpenAsync(DatabasePath, createIfMissing: false))
        {
            (await store.ReadAsync((r, ct) => r.CountsAsync(ct))).Engagements.ShouldBe(0);
        }

        Pragma("user_version").ShouldBe((long)SqliteStore.SchemaVersion);
    }

    [Fact]
    public async Task A_database_at_the_first_schema_is_migrated_with_its_data_kept()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA application_id = {SqliteStore.ApplicationId}; PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync();
            await SqliteMigrations.ApplyAsync(connection, CancellationToken.None, upTo: 1);
            command.CommandText = "INSERT INTO actor (id, kind, name, official_name) VALUES ('RU', 'state', 'Russia', 'Russian Federation')";
            await command.ExecuteNonQueryAsync();
        }
        Pragma("user_version").ShouldBe(1L);

        await using (var store = await SqliteStore.OpenAsync(DatabasePath, createIfMissing: false))
        {
            var russia = (await store.ReadAsync((r, ct) => r.ActorsAsync(ct))).ShouldHaveSingleItem();
            russia.OfficialName.ShouldBe("Russian Federation");
            russia.Capital.ShouldBeNull();
        }
        Pragma("user_version").ShouldBe((long)SqliteStore.SchemaVersion);
    }

    [Fact]
    public async Task A_citation_s_evidence_rows_of_schema_three_become_its_spans_in_their_order()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA application_id = {SqliteStore.ApplicationId}; PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync();
            await SqliteMigrations.ApplyAsync(connection, CancellationToken.None, upTo: 3);
            command.CommandText = """
                INSERT INTO source (id, content_hash, classification, text) VALUES (7, 'h', 'public', 'Tene met Zagaynov in Jakarta.');
                INSERT INTO engagement (id, kind, review, classification, created_at, updated_at) VALUES (1, 'courtesy-call', 'draft', 'public', 'now', 'now');
                INSERT INTO engagement (id, kind, review, classification, created_at, updated_at) VALUES (2, 'courtesy-call', 'draft', 'public', 'now', 'now');
                INSERT INTO citation (engagement_id, source_id, role) VALUES (1, 7, 'primary'), (2, 7, 'mentioned');
                INSERT INTO evidence VALUES (1, 7, 1, 'city', 22, 29, 0.5, 'Jakarta'), (1, 7, 0, 'participants', 0, 4, 0.85, 'Michael Tene');
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteStore.OpenAsync(DatabasePath, createIfMissing: false);
        var engagements = await store.ReadAsync((r, ct) => r.EngagementsAsync([new Id<Engagement>(1), new Id<Engagement>(2)], ct));

        engagements[0].Citations.ShouldHaveSingleItem().Evidence.ShouldBe(
            [new EvidenceSpan(EngagementField.Participants, 0, 4, 0.85, "Michael Tene"), new EvidenceSpan(EngagementField.City, 22, 29, 0.5, "Jakarta")]);
        engagements[1].Citations.ShouldHaveSingleItem().Evidence.ShouldBeEmpty();
        Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'evidence'").ShouldBe(0L);
    }

    [Fact]
    public async Task Data_written_is_there_when_the_file_is_opened_again()
    {
        await using (var store = await SqliteStore.OpenAsync(DatabasePath, createIfMissing: true))
        {
            await store.WriteAsync(async (w, ct) =>
            {
                await w.SaveActorAsync(Samples.AseanActor, ct);
                return await w.SavePersonAsync(Samples.Tene, ct);
            });
        }

        await using var reopened = await SqliteStore.OpenAsync(DatabasePath, createIfMissing: false);
        (await reopened.ReadAsync((r, ct) => r.PeopleAsync(PeopleQuery.All, ct))).Single().Name.ShouldBe("Michael Tene");
    }

    [Fact]
    public async Task A_missing_file_is_not_created_unless_asked()
    {
        var error = await Should.ThrowAsync<StoreException>(() => SqliteStore.OpenAsync(DatabasePath, createIfMissing: false));

        error.Problem.ShouldBe(StoreProblem.Missing);
        error.Message.ShouldContain(DatabasePath);
        File.Exists(DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public async Task A_directory_is_not_a_database()
    {
        var error = await Should.ThrowAsync<StoreException>(() => SqliteStore.OpenAsync(folder.Path, createIfMissing: true));

        error.Problem.ShouldBe(StoreProblem.NotADatabase);
    }

    [Theory]
    [InlineData(BadDatabaseFile.Empty, StoreProblem.NotADatabase)]
    [InlineData(BadDatabaseFile.Text, StoreProblem.NotADatabase)]
    [InlineData(BadDatabaseFile.OtherProgram, StoreProblem.NotChancery)]
    [InlineData(BadDatabaseFile.Truncated, StoreProblem.Truncated)]
    [InlineData(BadDatabaseFile.CutMidPage, StoreProblem.Truncated)]
    [InlineData(BadDatabaseFile.Newer, StoreProblem.NewerVersion)]
    public async Task A_file_that_is_no_usable_Chancery_database_is_refused_with_its_bytes_untouched(string kind, StoreProblem problem)
    {
        await BadDatabaseFile.WriteAsync(kind, DatabasePath);
        var before = await File.ReadAllBytesAsync(DatabasePath);

        var error = await Should.ThrowAsync<StoreException>(() => SqliteStore.OpenAsync(DatabasePath, createIfMissing: true));

        error.Problem.ShouldBe(problem);
        error.Message.ShouldContain(DatabasePath);
        error.Message.ShouldNotContain("\n");
        (await File.ReadAllBytesAsync(DatabasePath)).ShouldBe(before);
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["chancery.db"]);
    }

    [Fact]
    public async Task Readers_see_consistent_snapshots_while_a_writer_writes()
    {
        await using var store = await SqliteStore.OpenAsync(DatabasePath, createIfMissing: true);
        const int Writes = 150;
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < Writes; i++)
            {
                await store.WriteAsync((w, ct) => w.SaveEngagementAsync(new Engagement
                {
                    Kind = EngagementKind.Forum,
                    When = new DateSpan(new DateOnly(2020, 1, 1).AddDays(i)),
                    Summary = $"Forum number {i}",
                }, ct));
            }
        });
        var seen = new List<int>();
        while (!writer.IsCompleted)
        {
            var page = await store.ReadAsync((r, ct) => r.FindEngagementsAsync(new EngagementQuery { Text = SearchText.Parse("forum") }, ct));
            page.Rows.Count.ShouldBe(page.Total, "a snapshot lists exactly the rows it counts");
            seen.Add(page.Total);
        }
        await writer;

        seen.ShouldBe(seen.Order().ToList(), "readers never see the log shrink");
        seen.Count.ShouldBeGreaterThan(1);
        (await store.ReadAsync((r, ct) => r.CountsAsync(ct))).Engagements.ShouldBe(Writes);
    }

    private object? Pragma(string name) => Scalar($"PRAGMA {name}");

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
