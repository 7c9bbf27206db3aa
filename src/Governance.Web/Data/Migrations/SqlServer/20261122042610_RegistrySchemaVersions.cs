using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegistrySchemaVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_schema_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Namespace = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SchemaId = table.Column<int>(type: "int", nullable: false),
                    SchemaType = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Schema = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RawEventId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_schema_versions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_schema_versions_Namespace_Subject_Version",
                table: "registry_schema_versions",
                columns: new[] { "Namespace", "Subject", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_schema_versions");
        }
    }
}
