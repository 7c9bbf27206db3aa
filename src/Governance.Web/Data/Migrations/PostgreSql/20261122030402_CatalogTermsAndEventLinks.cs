using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Governance.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CatalogTermsAndEventLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangedByEventId",
                table: "lineage_edges",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Existing edges were last changed, as far as anyone can tell, by the event that opened them.
            migrationBuilder.Sql("UPDATE lineage_edges SET \"ChangedByEventId\" = \"RawEventId\";");

            migrationBuilder.CreateTable(
                name: "catalog_terms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DatasetId = table.Column<long>(type: "bigint", nullable: true),
                    JobId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NormalizedValue = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Field = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_terms_datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_catalog_terms_jobs_JobId",
                        column: x => x.JobId,
                        principalTable: "jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "raw_event_datasets",
                columns: table => new
                {
                    RawEventId = table.Column<long>(type: "bigint", nullable: false),
                    DatasetId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_raw_event_datasets", x => new { x.RawEventId, x.DatasetId, x.Role });
                    table.ForeignKey(
                        name: "FK_raw_event_datasets_datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_raw_event_datasets_raw_events_RawEventId",
                        column: x => x.RawEventId,
                        principalTable: "raw_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lineage_edges_ChangedByEventId",
                table: "lineage_edges",
                column: "ChangedByEventId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_terms_DatasetId",
                table: "catalog_terms",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_terms_JobId",
                table: "catalog_terms",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_terms_Kind_NormalizedValue",
                table: "catalog_terms",
                columns: new[] { "Kind", "NormalizedValue" });

            migrationBuilder.CreateIndex(
                name: "IX_raw_event_datasets_DatasetId_RawEventId",
                table: "raw_event_datasets",
                columns: new[] { "DatasetId", "RawEventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_terms");

            migrationBuilder.DropTable(
                name: "raw_event_datasets");

            migrationBuilder.DropIndex(
                name: "IX_lineage_edges_ChangedByEventId",
                table: "lineage_edges");

            migrationBuilder.DropColumn(
                name: "ChangedByEventId",
                table: "lineage_edges");
        }
    }
}
