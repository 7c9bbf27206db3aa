using Governance.Collector;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddHostedService<CollectorWorker>();
await builder.Build().RunAsync();
