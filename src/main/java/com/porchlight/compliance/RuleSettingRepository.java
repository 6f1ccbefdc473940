package com.porchlight.compliance;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSettingRepository extends JpaRepository<RuleSettingEntity, String> {
}
