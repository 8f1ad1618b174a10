package dev.macai.image.costs.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CostMonthRepository
    implements PanacheRepositoryBase<CostMonthEntity, CostMonthEntity.Key> {

  public Optional<CostMonthEntity> find(int year, int month) {
    return findByIdOptional(new CostMonthEntity.Key(year, month));
  }

  public List<CostMonthEntity> allMonths() {
    return list("order by year, month");
  }
}
