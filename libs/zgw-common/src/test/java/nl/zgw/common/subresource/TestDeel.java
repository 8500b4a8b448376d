package nl.zgw.common.subresource;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** Test only: a sub-resource of {@link TestHoofd}. */
@Entity
@Table(name = "zgw_test_deel")
public class TestDeel extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hoofd_id")
    public TestHoofd hoofd;
    public String tekst;
}
