package com.porchlight.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadSourceRepository extends JpaRepository<LeadSource, Long> {

    Optional<LeadSource> findByNameIgnoreCase(String name);

    List<LeadSource> findAllByOrderByNameAsc();
}
