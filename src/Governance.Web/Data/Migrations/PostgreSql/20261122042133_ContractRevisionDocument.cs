using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ContractRevisionDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "DocumentJson",
                table: "contract_revisions",
                newName: "Document");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Document",
                table: "contract_revisions",
                newName: "DocumentJson");
        }
    }
}
