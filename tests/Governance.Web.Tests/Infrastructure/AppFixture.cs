namespace Governance.Web.Tests.Infrastructure;

/// <summary>One application and database shared by the tests of a class (tests use unique names).</summary>
public abstract class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public GovernanceApp App { get; private set; } = null!;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        App = new GovernanceApp(_database);
        _ = App.Server; // start now, so migrations run before the first test
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteAppFixture : AppFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

public sealed class PostgreSqlAppFixture : AppFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgreSqlAsync();
}
