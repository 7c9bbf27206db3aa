using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ColumnLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "column_lineage_edges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OutputDatasetId = table.Column<long>(type: "bigint", nullable: false),
                    OutputField = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    InputNamespace = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: false),
                    InputName = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: false),
                    InputField = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    TransformationType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    TransformationSubtype = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    TransformationDescription = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Masking = table.Column<bool>(type: "bit", nullable: true),
                    ValidFrom = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ValidTo = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RawEventId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_column_lineage_edges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_column_lineage_edges_datasets_OutputDatasetId",
                        column: x => x.OutputDatasetId,
                        principalTable: "datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_column_lineage_edges_InputNamespace_InputName_ValidTo",
                table: "column_lineage_edges",
                columns: new[] { "InputNamespace", "InputName", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_column_lineage_edges_OutputDatasetId_ValidTo",
                table: "column_lineage_edges",
                columns: new[] { "OutputDatasetId", "ValidTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "column_lineage_edges");
        }
    }
}
