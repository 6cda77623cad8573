package ties.app.storage;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with every {@code @Lob byte[]} stored inline as {@code bytea}.
 *
 * <p>Hibernate 6 maps {@code @Lob} binary columns to {@code oid} on PostgreSQL: each event payload,
 * metadata, snapshot, token and saga would then be a large object, which leaks (deleting the row
 * leaves the object behind) and which plain SQL cannot read. Axon's JPA entities annotate all of
 * those columns {@code @Lob}, so changing the column type alone is not enough: Hibernate would still
 * bind a large-object id ({@code bigint}) into the {@code bytea} column. This dialect changes the
 * column type, the cast type and the JDBC binding together, so values travel as plain bytes.
 */
public class TiesPostgresDialect extends PostgreSQLDialect {

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
