package com.porchlight.compliance;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdvertiserProfileRepository extends JpaRepository<AdvertiserProfileEntity, Long> {
}
