using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Namespace = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemaId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemaType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Schema = table.Column<string>(type: "TEXT", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RawEventId = table.Column<long>(type: "INTEGER", nullable: false)
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
